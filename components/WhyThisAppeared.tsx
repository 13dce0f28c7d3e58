import type { TopicScore } from '../utils/core/analysis';
import { formatNumber } from './format';

/** Why the sidebar appeared: the topic evidence in plain words, the score, and the reader's two controls. */
export interface WhyThisAppearedProps {
  topic: TopicScore;
  onNotAboutTopic: () => void;
  onDisableSite: () => void;
}

export function WhyThisAppeared({ topic, onNotAboutTopic, onDisableSite }: WhyThisAppearedProps) {
  return (
    <>
      <p>
        {topic.relevant
          ? 'This page reads as an article about Pakistan–United States security relations:'
          : 'This page scored below the topic threshold; the sidebar was opened by hand.'}
      </p>
      {topic.reasons.length > 0 ? (
        <ul class="bs-reasons">
          {topic.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : null}
      <p class="bs-score">
        Topic score {formatNumber(round(topic.score))} (the sidebar appears at {formatNumber(round(topic.threshold))} or more).
      </p>
      <div class="bs-actions">
        <button type="button" class="bs-button" onClick={() => onNotAboutTopic()}>
          Not about this topic
        </button>
        <button type="button" class="bs-button" onClick={() => onDisableSite()}>
          Turn off on this site
        </button>
      </div>
    </>
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
