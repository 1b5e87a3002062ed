namespace NewsPortal.Web.Scaling;

/// <summary>Thrown when the shared state the instances need cannot be reached at start; its message is meant for the operator, as is.</summary>
public sealed class SharedStateStartupException(string message, Exception? inner = null) : Exception(message, inner);
