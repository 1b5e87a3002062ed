using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>One address the app answers, as its endpoint describes it.</summary>
public sealed record FuzzRoute(string Template, RoutePattern Pattern, IReadOnlyList<string> Methods, IReadOnlySet<string> QueryKeys)
{
    public bool IsAdmin => Template.StartsWith("/admin", StringComparison.Ordinal);

    public IReadOnlyList<RoutePatternParameterPart> Parameters => Pattern.Parameters;

    public bool Answers(string method) => Methods.Count == 0 || Methods.Contains(method, StringComparer.OrdinalIgnoreCase);

    /// <summary>The path with each parameter's value: already escaped, or left out when it is optional and null.</summary>
    public string PathWith(Func<RoutePatternParameterPart, string?> value)
    {
        var segments = new List<string>();
        foreach (var segment in Pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => value(parameter) ?? "",
                _ => "",
            }));
            if (text.Length > 0 || segment.Parts.Any(part => part is RoutePatternLiteralPart))
            {
                segments.Add(text);
            }
        }

        return "/" + string.Join('/', segments);
    }

    public override string ToString() => Template;
}

/// <summary>
/// The app's routes, found from its own endpoints rather than a list kept by hand, with the query keys each one
/// reads: page properties bound from the query, handler parameters, and the API's [AsParameters] records.
/// </summary>
public static class RouteCatalog
{
    public static IReadOnlyList<FuzzRoute> Discover(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            // Stylesheets and icons: files with fixed names and nothing to parse.
            .Where(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(endpoint => new FuzzRoute(
                "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/'),
                endpoint.RoutePattern,
                endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [],
                QueryKeysOf(endpoint)))
            .DistinctBy(route => route.Template, StringComparer.Ordinal)
            .OrderBy(route => route.Template, StringComparer.Ordinal)
            .ToList();
    }

    private static HashSet<string> QueryKeysOf(RouteEndpoint endpoint)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var routeValues = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
        {
            keys.Add("handler");
            foreach (var property in page.HandlerTypeInfo.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery)
                {
                    keys.Add(fromQuery.Name ?? property.Name);
                }
                else if (property.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true } bound)
                {
                    keys.Add(bound.Name ?? property.Name);
                }
            }

            foreach (var handler in page.HandlerMethods.Where(h => h.HttpMethod == "GET"))
            {
                AddParameters(handler.MethodInfo, routeValues, keys);
            }
        }
        else if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } method)
        {
            AddParameters(method, routeValues, keys);
        }

        return keys;
    }

    private static void AddParameters(MethodInfo method, HashSet<string> routeValues, HashSet<string> keys)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                keys.UnionWith(parameter.ParameterType.GetProperties()
                    .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name)
                    .OfType<string>());
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery)
            {
                keys.Add(fromQuery.Name ?? parameter.Name!);
            }
            else if (IsSimple(parameter.ParameterType) && parameter.GetCustomAttribute<FromRouteAttribute>() is null && !routeValues.Contains(parameter.Name!))
            {
                keys.Add(parameter.Name!);
            }
        }
    }

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(Guid) || underlying == typeof(DateTime) || underlying == typeof(decimal);
    }
}
