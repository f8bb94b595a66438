using Corroborate.Model;

namespace Corroborate.Events;

/// <summary>
/// One sentence that reports an event: the article, the sentence's index in <see cref="Article.Sentences"/> and its
/// span, and the spans of the source, the target and the verb, all in the article's clean text.
/// </summary>
public sealed record StoryEventMention(string ArticleId, int Sentence, TextSpan SentenceSpan, TextSpan Source, TextSpan Target, TextSpan Action, string Code, string Text);
