namespace Corroborate.Storage;

/// <summary>The store could not be opened or written; the message names the store.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
