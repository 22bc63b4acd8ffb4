# 'n' in the C locale: like 'd' for ints and 'g' for floats, no grouping;
# it refuses grouping options and works with precision.
print(format(1234567, "n"), format(-1234567, "n"), format(0, "n"))
print(format(1234.5678, "n"), format(1234.5678, ".3n"), format(1e20, "n"), format(1.5e-7, "n"))
print(format(123, "10n"), format(123, "<10n"), format(-123, "010n"), format(12.0, "n"))
print(format(float("inf"), "n"), format(float("-nan"), "n"))
for bad in [",n", "_n"]:
    try:
        format(1234, bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
try:
    format(1234.5, ",n")
except ValueError as e:
    print("ValueError", e)
print(format(True, "n"), format(2**70, "n"))
print(format(1 + 2j, "n"), format(1.5 + 0j, ".2n"))
try:
    format("s", "n")
except ValueError as e:
    print("ValueError", e)
print(format(10.0, "#n"), format(10, "#n") if False else "", format(0.0001, "n"))
