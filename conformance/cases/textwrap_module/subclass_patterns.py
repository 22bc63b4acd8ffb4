# A TextWrapper subclass may give its own wordsep_re, wordsep_simple_re and
# sentence_end_re, which wrap() then uses to chunk and to find sentence ends.
import re
import textwrap


class CommaWrapper(textwrap.TextWrapper):
    wordsep_re = re.compile(r"(\s+|,)")


print(CommaWrapper(width=8).wrap("alpha,beta,gamma delta"))
print(CommaWrapper(width=8, break_on_hyphens=False).wrap("alpha,beta,gamma delta"))


class SemicolonWrapper(textwrap.TextWrapper):
    wordsep_simple_re = re.compile(r"([;\s]+)")


print(SemicolonWrapper(width=8, break_on_hyphens=False).wrap("ab;cd;ef-gh ij;kl"))
print(SemicolonWrapper(width=8).wrap("ab;cd;ef-gh ij;kl"))


class AnyEnd(textwrap.TextWrapper):
    sentence_end_re = re.compile(r"[.!?]$|^\s+$")


print(AnyEnd(width=40, fix_sentence_endings=True).wrap("Hi. There   x. Yes! no"))
print(AnyEnd(width=40, fix_sentence_endings=True).wrap("Hi. A. b c"))
print(textwrap.fill("Mr. Smith went. He left!  Ok. e.g. this", 40, fix_sentence_endings=True))


class PipeSplit(textwrap.TextWrapper):
    def _split(self, text):
        return text.split("|")


print(PipeSplit(width=5).wrap("ab|cd|ef|gh"))
print(textwrap.TextWrapper.wordsep_re is None or hasattr(textwrap.TextWrapper.wordsep_re, "split"))
