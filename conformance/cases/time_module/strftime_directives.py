# Every glibc directive in the C locale, from a plain tuple and a struct_time.
import time

tuples = [(2024, 3, 5, 14, 7, 9, 1, 65, 0), (1999, 12, 31, 23, 59, 59, 4, 365, -1),
          (2021, 1, 3, 0, 0, 0, 6, 3, -1), (5, 7, 9, 12, 30, 1, 2, 190, -1),
          (12345, 6, 7, 1, 2, 3, 5, 158, -1), (0, 1, 1, 0, 0, 0, 0, 1, -1)]
directives = "aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYz%"
for t in tuples:
    print(t)
    for c in directives:
        print(" ", c, repr(time.strftime("%" + c, t)))
st = time.gmtime(1709647629)
print(time.strftime("%A, %d %B %Y %H:%M:%S %Z %z", st))
print(time.strftime("%c|%x|%X|%D|%T|%R|%r|%F", st))
print(time.strftime("Week %U/%W/%V of %G (%g), day %j, weekday %u/%w", st))
