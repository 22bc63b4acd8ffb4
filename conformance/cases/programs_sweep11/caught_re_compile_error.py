import re


def main():
    patterns = [r"\d+", r"[a-z"]
    for p in patterns:
        rx = re.compile(p)
        print(rx.pattern, bool(rx.search("abc123")))


try:
    main()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e).__module__, repr(e))
