using System.ComponentModel.DataAnnotations;

namespace NewsPortal.Web.Scaling;

/// <summary>The "Redis" configuration section: where instances of the site keep what they share.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string, such as <c>127.0.0.1:6379</c> or
    /// <c>redis.internal:6379,password=…,ssl=true</c>. Unset, every instance keeps its own reader cache, Data
    /// Protection keys and rate limits, which is right for a single instance.
    /// </summary>
    public string? Connection { get; set; }

    /// <summary>Begins every key the site writes, so that one Redis can serve other applications beside it.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9._:-]{1,64}$", ErrorMessage = "Redis:InstanceName takes 1 to 64 letters, digits, '.', '_', ':' or '-'.")]
    public string InstanceName { get; set; } = "newsportal:";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Connection);
}
