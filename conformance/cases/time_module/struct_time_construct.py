# Building a struct_time from a 9- to 11-sequence, with CPython's errors.
import time

print(time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, -1)))
s10 = time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, 0, "CET"))
print(s10, s10.tm_zone, s10.tm_gmtoff)
s11 = time.struct_time([2024, 5, 6, 7, 8, 9, 0, 127, 1, "CEST", 7200])
print(s11, s11.tm_zone, s11.tm_gmtoff, len(s11))
print(time.struct_time(range(9)))
print(time.struct_time("abcdefghi"))
print(time.struct_time(iter(range(10, 19))))
d = time.struct_time((1,) * 9, {"tm_zone": "X", "tm_gmtoff": 60, "other": 5})
print(d.tm_zone, d.tm_gmtoff)
d = time.struct_time((1,) * 10, {"tm_zone": "ignored", "tm_gmtoff": 61})
print(d.tm_zone, d.tm_gmtoff)
print(time.struct_time((1,) * 9, {}).tm_zone)
print(time.struct_time(sequence=(2,) * 9))
cases = [((1, 2, 3),), ((1,) * 12,), ((1,) * 9, 5), ((1,) * 9, None), (), ((1,) * 9, {}, 3),
         (5,), (None,)]
for args in cases:
    try:
        print(time.struct_time(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    time.struct_time((1,) * 9, dict=None)
except TypeError as e:
    print("TypeError", e)
