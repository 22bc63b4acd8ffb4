import sys

results = {"test_a": True, "test_b": False, "test_c": True, "test_d": False}
failed = [name for name, ok in results.items() if not ok]
for name, ok in results.items():
    print(f"{name:<8} {'PASS' if ok else 'FAIL'}")
print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
try:
    sys.exit(0 if not failed else len(failed))
finally:
    print("exiting with", len(failed))
