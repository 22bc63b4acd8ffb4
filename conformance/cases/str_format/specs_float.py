# Float specs through str.format.
print("{:.2f}".format(3.14159), "{:08.3f}".format(3.14159), "{:e}".format(12345.678))
print("{:,.2f}".format(-9876543.215), "{:%}".format(0.25), "{:g}".format(1e-7), "{:G}".format(1e100))
print("{:+.1f}|{:z.1f}|{: .0f}|".format(2.55, -0.01, 2.5), "{}".format(1.0), "{:}".format(0.1))
print("{:>10.3e}|{:<10}|{:^10.1f}|".format(1234.5, 1.5, -2.25))
print("{:.0%}".format(0.5), "{:n}".format(1.5), "{}".format(float("inf")), "{:f}".format(float("nan")))
for fmt in ["{:d}", "{:x}", "{:,s}"]:
    try:
        print(fmt.format(1.5))
    except ValueError as e:
        print(type(e).__name__, e)
