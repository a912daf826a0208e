using System;
using System.Collections.Generic;
using System.Globalization;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// github.com/robfig/cron/v3 (v3.0.1, the version Kubernetes vendors) <c>ParseStandard</c>, for the
/// verdict and the error text only: five fields (minute, hour, day of month, month, day of week)
/// of comma-separated ranges <c>a</c>, <c>a-b</c>, <c>*</c> or <c>?</c>, each with an optional
/// <c>/step</c>; month and weekday names (case-insensitive); the descriptors <c>@yearly</c>,
/// <c>@annually</c>, <c>@monthly</c>, <c>@weekly</c>, <c>@daily</c>, <c>@midnight</c>,
/// <c>@hourly</c> and <c>@every &lt;Go duration&gt;</c>; a leading <c>TZ=</c>/<c>CRON_TZ=</c> zone.
/// </summary>
internal static class CronSchedule
{
    private static readonly Bounds Minutes = new(0, 59, null);
    private static readonly Bounds Hours = new(0, 23, null);
    private static readonly Bounds DaysOfMonth = new(1, 31, null);

    private static readonly Bounds Months = new(1, 12, new Dictionary<string, ulong>(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6,
        ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    });

    private static readonly Bounds DaysOfWeek = new(0, 6, new Dictionary<string, ulong>(StringComparer.Ordinal)
    {
        ["sun"] = 0, ["mon"] = 1, ["tue"] = 2, ["wed"] = 3, ["thu"] = 4, ["fri"] = 5, ["sat"] = 6,
    });

    private static readonly string[] Descriptors = { "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly" };

    /// <summary>
    /// The parser's error, or null when it accepts the schedule. <paramref name="crashes"/> is set
    /// (and null returned) for a <c>TZ=</c>/<c>CRON_TZ=</c> prefix without a space after it: v3.0.1
    /// then slices with index -1 and panics, so the server answers with an internal error.
    /// </summary>
    public static string? ParseStandardError(string spec, out bool crashes)
    {
        crashes = false;
        if (spec.Length == 0)
        {
            return "empty spec string";
        }

        if (spec.StartsWith("TZ=", StringComparison.Ordinal) || spec.StartsWith("CRON_TZ=", StringComparison.Ordinal))
        {
            var space = spec.IndexOf(' ');
            if (space < 0)
            {
                crashes = true;
                return null;
            }

            var equals = spec.IndexOf('=');
            var location = spec.Substring(equals + 1, space - equals - 1);
            if (GoTimeZones.LoadLocationError(location) is { } locationError)
            {
                return "provided bad location " + location + ": " + locationError;
            }

            spec = GoStrings.TrimSpace(spec.Substring(space));
        }

        if (spec.StartsWith("@", StringComparison.Ordinal))
        {
            return DescriptorError(spec);
        }

        var fields = GoStrings.Fields(spec);
        if (fields.Count != 5)
        {
            return "expected exactly 5 fields, found " + fields.Count.ToString(CultureInfo.InvariantCulture) + ": [" + string.Join(" ", fields) + "]";
        }

        return FieldError(fields[0], Minutes)
            ?? FieldError(fields[1], Hours)
            ?? FieldError(fields[2], DaysOfMonth)
            ?? FieldError(fields[3], Months)
            ?? FieldError(fields[4], DaysOfWeek);
    }

    private static string? DescriptorError(string descriptor)
    {
        if (Array.IndexOf(Descriptors, descriptor) >= 0)
        {
            return null;
        }

        const string Every = "@every ";
        if (descriptor.StartsWith(Every, StringComparison.Ordinal))
        {
            return GoDuration.ParseError(descriptor.Substring(Every.Length)) is { } durationError
                ? "failed to parse duration " + descriptor + ": " + durationError
                : null;
        }

        return "unrecognized descriptor: " + descriptor;
    }

    /// <summary>A field is a comma-separated list of ranges; empty items are skipped.</summary>
    private static string? FieldError(string field, Bounds bounds)
    {
        foreach (var expression in field.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (RangeError(expression, bounds) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private static string? RangeError(string expression, Bounds bounds)
    {
        var rangeAndStep = expression.Split('/');
        var lowAndHigh = rangeAndStep[0].Split('-');
        var single = lowAndHigh.Length == 1;
        ulong start;
        ulong end;
        string? error;
        if (lowAndHigh[0] is "*" or "?")
        {
            start = bounds.Min;
            end = bounds.Max;
        }
        else
        {
            if ((error = ParseIntOrName(lowAndHigh[0], bounds, out start)) is not null)
            {
                return error;
            }

            switch (lowAndHigh.Length)
            {
                case 1:
                    end = start;
                    break;
                case 2:
                    if ((error = ParseIntOrName(lowAndHigh[1], bounds, out end)) is not null)
                    {
                        return error;
                    }

                    break;
                default:
                    return "too many hyphens: " + expression;
            }
        }

        ulong step;
        switch (rangeAndStep.Length)
        {
            case 1:
                step = 1;
                break;
            case 2:
                if ((error = ParseInt(rangeAndStep[1], out step)) is not null)
                {
                    return error;
                }

                // "N/step" means "N-max/step".
                if (single)
                {
                    end = bounds.Max;
                }

                break;
            default:
                return "too many slashes: " + expression;
        }

        if (start < bounds.Min)
        {
            return $"beginning of range ({N(start)}) below minimum ({N(bounds.Min)}): {expression}";
        }

        if (end > bounds.Max)
        {
            return $"end of range ({N(end)}) above maximum ({N(bounds.Max)}): {expression}";
        }

        if (start > end)
        {
            return $"beginning of range ({N(start)}) beyond end of range ({N(end)}): {expression}";
        }

        return step == 0 ? "step of range should be a positive number: " + expression : null;
    }

    private static string? ParseIntOrName(string expression, Bounds bounds, out ulong value)
    {
        if (bounds.Names is not null && bounds.Names.TryGetValue(GoStrings.ToLower(expression), out value))
        {
            return null;
        }

        return ParseInt(expression, out value);
    }

    /// <summary>robfig's mustParseInt: <c>strconv.Atoi</c>, then no negative numbers.</summary>
    private static string? ParseInt(string expression, out ulong value)
    {
        value = 0;
        if (GoStrings.AtoiError(expression, out var number) is { } error)
        {
            return "failed to parse int from " + expression + ": " + error;
        }

        if (number < 0)
        {
            return $"negative number ({number.ToString(CultureInfo.InvariantCulture)}) not allowed: {expression}";
        }

        value = (ulong)number;
        return null;
    }

    private static string N(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Bounds(ulong Min, ulong Max, Dictionary<string, ulong>? Names);
}
