import sys
print("before")
raise SystemExit("fatal: config missing")
