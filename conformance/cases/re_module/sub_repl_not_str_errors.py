# re.sub with a replacement that is neither a str nor callable: CPython looks
# the template up in its cache (an unhashable one fails there) and then
# decodes it as a str pattern's template, whether or not anything matches.
import re


class NoHash:
    def __hash__(self):
        raise ValueError("no hash")


for repl in [1, None, 1.5, [1], (1,), {}, NoHash()]:
    for subject in ["b", "a"]:
        try:
            print(re.sub("a", repl, subject))
        except (TypeError, ValueError) as e:
            print(type(repl).__name__, subject, type(e).__name__, e)
for call in (lambda: re.compile("a").sub(1, "b"), lambda: re.compile("a").subn(None, "aa"),
             lambda: re.subn("x", 2.5, "x"), lambda: re.sub("x", lambda m: 5, "x")):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(re.sub("a", "-", "banana"), re.sub("a", lambda m: "+", "banana"))
