title = "Quarterly Report"
print(title.center(40, "="))
print(title.upper().ljust(30, ".") + "|")
print(title.lower().rjust(30) + "|")
lines = ["alpha: 1", "beta: 22", "gamma: 333"]
width = max(len(l.split(":")[0]) for l in lines)
for l in lines:
    k, v = l.split(":")
    print(f"{k:>{width}} :{v.strip():>5}")
print("|".join(w.capitalize() for w in "the end of it".split()))
print("tab\tseparated\tvalues".expandtabs(12))
print("{:*^20}".format(" mid "), "{:<5}{:>5}".format("L", "R"), "%-10s|%10s|" % ("left", "right"))
print("abc".zfill(6), "-42".zfill(6), "+42".zfill(6), "3.14".zfill(8))
