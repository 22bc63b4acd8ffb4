import sys

errors = ["missing field 'name'", "bad port"]
if errors:
    print("found", len(errors), "errors")
    sys.exit("error: " + "; ".join(errors))
