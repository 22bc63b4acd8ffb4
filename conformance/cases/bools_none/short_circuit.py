# and/or return one of their operands and short-circuit.
calls = []


def t(name, value):
    calls.append(name)
    return value


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and 1/0, 1 or 1/0, None and None, False or None)
print(t("a", 0) and t("b", 1), calls)
calls.clear()
print(t("a", 1) or t("b", 1), calls)
calls.clear()
print(t("a", 1) and t("b", 0) or t("c", "x"), calls)
calls.clear()
print(not t("a", []) and t("b", "y"), calls)
name = ""
print("Hello, " + (name or "stranger"))
config = {"timeout": 0}
print(config.get("timeout") or 30, config.get("retries") or 3)
x = 5
print(x > 3 and x < 10, x > 3 and "big" or "small", x < 3 and "big" or "small")
print(not 0, not 1, not not "a", not None)
