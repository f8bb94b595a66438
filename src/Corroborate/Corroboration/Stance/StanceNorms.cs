namespace Corroborate.Corroboration.Stance;

/// <summary>TF-IDF vector norms of one body under one vocabulary (immutable, so sharing between threads is safe).</summary>
internal sealed record StanceNorms(StanceVocabulary Vocabulary, float Body, float Lead, float[] Sentences);
