import type { Question } from '../../sdk/index.js';

/** The name of a question's control, and the path of its issues: `answers.<question id>`. */
export const answerPath = (question: Pick<Question, 'id'>) => `answers.${question.id}`;
