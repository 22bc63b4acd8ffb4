# Subclassing TextWrapper and overriding its steps.
import textwrap

class Upper(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()

class NoSplit(textwrap.TextWrapper):
    def _split(self, text):
        return text.split("|")

print(Upper(width=12).wrap("make this shouting text"))
print(NoSplit(width=8).wrap("ab|cd|efgh|ij|klmnopqrstu"))
paragraphs = ["First paragraph is here and is long enough to wrap.",
              "Second one is shorter.", ""]
wrapper = textwrap.TextWrapper(width=24, initial_indent="  ")
print("\n\n".join(wrapper.fill(p) for p in paragraphs))
