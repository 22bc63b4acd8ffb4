# Simulating ticks of a clock with nested while loops and modular arithmetic.
h, m, s = 23, 58, 55
printed = 0
while printed < 12:
    s += 1
    if s == 60:
        s = 0
        m += 1
        if m == 60:
            m = 0
            h = (h + 1) % 24
    if s % 15 == 0 or (m == 0 and s < 3):
        print(f"{h:02}:{m:02}:{s:02}")
        printed += 1
