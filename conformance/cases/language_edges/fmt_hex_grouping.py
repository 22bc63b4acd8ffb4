# '#' alternate forms with '_' and ',' grouping; '_' groups by four for
# b/o/x/X, ',' is refused there.
for v in [0, 255, -255, 65535, 2**40, -(2**33)]:
    print(format(v, "#_x"), format(v, "_X"), format(v, "#_b"), format(v, "#_o"), format(v, "_d"), format(v, ","))

for spec in ["#_x", "#020_x", "020_x", "#20_x", "#<20_x", "_^20b", "#012_b"]:
    print(repr(spec), repr(format(48879, spec)), repr(format(-48879, spec)))

for bad in ["#,x", ",b", ",o", ",X", "_s", ",c", "_,d", ",_d", "__d"]:
    try:
        print(format(255, bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)

print(format(1234567.891, "_.2f"), format(1234567.891, ",.2e"), format(-1e6, "_g"), format(1e21, ","))
print(format(12345.678, "_"), format(12345, "_n") if False else "")
try:
    format("abc", "_")
except ValueError as e:
    print("ValueError", e)
print(f"{1_000_000:_}", f"{0x_ff:#_x}", f"{10**10:020_}")
