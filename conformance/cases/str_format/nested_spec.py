# Replacement fields inside the format spec.
print("{0:{1}}|".format("w", 6), "{:{fill}>{w}}".format(7, fill="0", w=4))
print("{:{}}|".format(5, 3), "{:{}}{}".format(5, 3, 7), "{:{}.{}f}".format(3.14159, 8, 2))
print("{0:{1}{2}}|".format("x", "^", 5), "{val:{spec}}".format(val=255, spec="#x"))
print("{0:>{1}}".format("r", 4), "{0:{1}>{2}}".format("f", "*", 5))
print("{0.real:{0.imag}}".format(5), "{0:{1[0]}}|".format("l", [3]))
print("{0:{{}}}".format("x") if False else "skip")
print("{:{}}".format("a", ""), "{0:{1}}".format(12, "") + "|")
print("{!r:{}}|".format("a", 5))
