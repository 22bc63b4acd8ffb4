values = ["42", "  -17 ", "0x1F", "0b1010", "0o17", "1_000_000", "３４", "12.5", "1e3", "", "ten", "٤٢"]
for v in values:
    results = []
    for base in (10, 0, 16):
        try:
            results.append(str(int(v, base)))
        except ValueError:
            results.append("err")
    try:
        f = repr(float(v))
    except ValueError:
        f = "err"
    print(f"{v!r:<14} int10={results[0]:<9} int0={results[1]:<9} int16={results[2]:<9} float={f}")
print(int("z", 36), int("Z", 36), int("-ff", 16), int("+7"), int(" 0 "), int("00012"))
print(str(2 ** 100), repr(1 / 3), str(1e16), str(1.5e-7), str(123456789.0), str(-0.0))
print(format(1234567, ","), format(1234567, "_"), format(0.000123, ".2e"), format(255, "08b"))
print(int(3.99), int(-3.99), round(3.5), round(4.5), int(True), float(" inf"), float("-nan"))
print(bool("False"), bool(""), bool("0"), bool(0.0), str(True).lower(), int("1" * 30) % 97)
