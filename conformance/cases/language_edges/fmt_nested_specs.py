# Nested replacement fields inside format specs (one level deep), in
# str.format and f-strings, with auto and manual numbering.
print("{:{}}|".format("ab", 5))
print("{:{}{}}|".format("ab", "^", 6))
print("{0:{1}.{2}f}".format(3.14159, 10, 3))
print("{:{fill}{align}{width}}".format("x", fill="*", align=">", width=4))
print("{a:{b}}".format(a=7, b="03"))
w, p = 9, 2
print(f"{2.71828:{w}.{p}f}|{'s':{'>'}{w}}|{255:{'#x'}}")
spec = ".3e"
print(f"{12345.678:{spec}}", f"{12345.678:{spec!s}}")
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    "{0:{}}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    "{:{1}}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    "{:{}}".format(1)
except IndexError as e:
    print("IndexError", e)
print("{0[1]:{1[0]}}".format([1, "two"], [">6"]))
print("{0.real:{0.imag:.0f}}|".format(3 + 5j))
print("{:%s}" % "5" .format(1) if False else "{{:{}}}".format(5))
print("{{}}{:{}}{{".format("a", 3))
try:
    "{:{}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    "{0:{a}}".format(1)
except KeyError as e:
    print("KeyError", e)
