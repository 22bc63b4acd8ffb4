# complex formatted without a presentation type honours '#' (keep the
# point) and 'z' (no negative zero), like float does.
values = [3j, 1 + 2j, -1.5 - 0.5j, complex(-0.0, -0.0), 1e20 + 1e-20j, complex(0.0, -0.0), 2.5 + 0j]
specs = ["#", "#10", "z", "+z", " >+z#12", "z#", "#.3", "<#14", "^z8"]
for v in values:
    for s in specs:
        print(repr(s), repr(format(v, s)), f"{v:{s}}" == format(v, s))
