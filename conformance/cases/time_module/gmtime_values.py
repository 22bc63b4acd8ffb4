# gmtime of many timestamps: leap years, negatives, float flooring.
import time

for secs in [0, 1, -1, 59, 60, 3599, 86399, 86400, -86400, 951782400, 951868800,
             1709210096, 4107542400, -2208988800, -62135596800, -62135596801,
             253402300799, 253402300800, 10 ** 12, -10 ** 12, 2 ** 40, True]:
    st = time.gmtime(secs)
    print(secs, tuple(st), st.tm_zone, st.tm_gmtoff)
for secs in [0.5, -0.5, -1.5, 1e9 + 0.999999, 1709210096.25, -1e-9, 2.5e10, -0.0]:
    print(secs, tuple(time.gmtime(secs)))
