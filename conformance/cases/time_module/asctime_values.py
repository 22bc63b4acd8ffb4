# asctime: 'Tue Mar  5 14:07:09 2024' from the tuple's own weekday.
import time

for t in [(2024, 3, 5, 14, 7, 9, 1, 65, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0),
          (5, 7, 9, 1, 2, 3, 6, 190, -1), (2024, 0, 0, 0, 0, 0, 0, 0, 0),
          (12345, 11, 30, 0, 0, 61, 3, 1, 1), (-44, 3, 15, 12, 0, 0, 2, 74, 0)]:
    print(time.asctime(t))
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(-1)))
try:
    time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0), 1)
except TypeError as e:
    print("TypeError", e)
