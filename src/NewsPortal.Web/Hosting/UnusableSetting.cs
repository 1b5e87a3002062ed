using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Serilog;

namespace NewsPortal.Web.Hosting;

/// <summary>
/// Tells a setting the app cannot use from any other failure at start, so that the operator gets one sentence naming
/// it instead of a stack trace: a value out of its range, or one not of its kind (a word where a number, true or false,
/// or a time span goes), which the configuration binder and Serilog's settings reader report by throwing.
/// </summary>
internal static class UnusableSetting
{
    public static string? Describe(Exception error) => error switch
    {
        OptionsValidationException invalid => string.Join(" ", invalid.Failures),
        ValidationException invalid => invalid.Message,
        InvalidOperationException unreadable when ThrownWhileReadingSettings(unreadable) => unreadable.Message,
        _ => null,
    };

    // By where it was thrown rather than by its words: both libraries throw a plain InvalidOperationException.
    private static bool ThrownWhileReadingSettings(Exception error) =>
        error.TargetSite?.DeclaringType?.Assembly is { } thrower
        && (thrower == typeof(ConfigurationBinder).Assembly || thrower == typeof(ConfigurationLoggerConfigurationExtensions).Assembly);
}
