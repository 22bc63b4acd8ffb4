# strftime's argument errors and unusual formats.
import time

t = (2024, 3, 5, 14, 7, 9, 1, 65, -1)
for args in [(), ("%Y", t, 1), (5, t), (b"%Y", t)]:
    try:
        time.strftime(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    time.strftime(format="%Y")
except TypeError as e:
    print("TypeError", e)
for f in ["", "%", "abc%", "100%%", "plain", "x\x00y", "é%dé", "日本 %Y", "%i%v%L", "%%%"]:
    try:
        print(repr(f), repr(time.strftime(f, t)))
    except ValueError as e:
        print(repr(f), "ValueError", e)
print(repr(time.strftime("%z|%Z|%-z", t)))
