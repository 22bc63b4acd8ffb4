import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, e.args, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit("msg", 2)
except SystemExit as e:
    print(e.code)
print("now exit 4")
sys.exit(4)
