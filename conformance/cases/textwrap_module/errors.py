# textwrap's errors.
import textwrap

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)

attempt(textwrap.wrap, "hello", 0)
attempt(textwrap.wrap, "hello", -3)
attempt(textwrap.wrap, "", 0)
attempt(textwrap.fill, "hello world", 5, max_lines=1, placeholder=" [......]")
attempt(textwrap.wrap, "hello world", 6, max_lines=2, subsequent_indent="    ")
attempt(textwrap.shorten, "hello world", 3)
attempt(textwrap.wrap, 5)
attempt(textwrap.wrap, None)
attempt(textwrap.wrap, "a b", 10, foo=3)
attempt(textwrap.shorten, "a b", 10, max_lines=3)
attempt(textwrap.TextWrapper, 10, "", "", True, True, False, True, True, True, 8, 2)
attempt(textwrap.dedent, 5)
attempt(textwrap.dedent, None)
attempt(textwrap.dedent, b"  x")
attempt(textwrap.indent, 5, ">")
attempt(textwrap.indent, "x", 5)
attempt(textwrap.wrap, "hello", "5")
