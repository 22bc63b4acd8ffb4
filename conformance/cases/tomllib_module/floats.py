import tomllib

doc = """
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
z = -0.0
e = 1e1_0
"""
for k, v in tomllib.loads(doc).items():
    print(k, repr(v), type(v).__name__)
