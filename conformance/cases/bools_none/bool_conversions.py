# bool() of strings from user input is a classic mistake; parse explicitly instead.
def parse_flag(text):
    t = text.strip().lower()
    if t in ("y", "yes", "true", "1", "on"):
        return True
    if t in ("n", "no", "false", "0", "off", ""):
        return False
    raise ValueError("not a flag: " + repr(text))


for s in ("yes", "No", " TRUE ", "0", "off", "", "maybe"):
    try:
        print(repr(s), bool(s), parse_flag(s))
    except ValueError as e:
        print("ValueError", e)
print(bool("False"), bool("0"), bool(" "), bool([[]]), bool([None]))
print(int("1") == True, str(True).lower(), ["no", "yes"][True], ("off", "on")[False])
print(f"{True}", f"{True!r}", f"{True:d}", f"{False:>6}|", format(True, "05"))
print(True.__class__.__name__, bool.__name__, True.real, True.imag, True.numerator)
print(bool(0.0), bool(-0.0), bool(1e-300))
