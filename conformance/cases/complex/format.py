# format() of complex numbers: the empty type is like str(), the float
# types format each part, and the whole is padded.
z = 3 + 4j
w = -1.25 - 0.5j
print(f"{z}", f"{z:.2f}", f"{w:.3e}", f"{z:>20}|", f"{z:<15}|", f"{z:^16}|", f"{z:+.1f}")
print(f"{1j:g}", f"{z:*^20.2f}", format(1.5 + 0j, ""), format(0j, ".2f"), format(-0.0 + 1j, "g"))
print(format(z, ".3"), format(1e20 + 1e-5j, ""), format(1e20 + 1e-5j, ".3"), format(w, "E"), format(w, "G"))
print(format(1234567 + 89j, ",.1f"), format(1234567 + 89j, "_g"), format(2j, "10"), format(2j, " "), format(w, " .1f"))
print(format(float("nan") + 1j, "f"), format(complex(1, float("inf")), ".1f"), format(z, "#.0f"), format(z, "n"))
print("{0:.1f} and {0.real} and {0.imag}".format(w), "%s %r" % (z, w))
for spec in ["%", "d", "010.2f", "=10", "x", "0>10", ",d"]:
    try:
        format(z, spec)
    except ValueError as e:
        print("ValueError", e)
