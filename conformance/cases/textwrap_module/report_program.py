# A small report formatter built on textwrap.
import textwrap

entries = {
    "Introduction": "This tool formats long paragraphs of text into neat columns, "
                    "wrapping words at a fixed width and indenting continuation lines.",
    "Usage": "Call format_entry() with a title and a body; the body is wrapped to "
             "the page width minus the hanging indent of the title column.",
    "Notes": "Hyphenated words such as state-of-the-art or well-known may be broken "
             "after a hyphen -- but never inside an em-dash.",
}
def format_entry(title, body, width=60):
    head = title.ljust(14)
    wrapper = textwrap.TextWrapper(width=width, initial_indent=head,
                                   subsequent_indent=" " * 14)
    return wrapper.fill(body)
for title, body in entries.items():
    print(format_entry(title, body))
    print()
print(textwrap.shorten(" ".join(entries.values()), width=72, placeholder=" ..."))
code = '''
    def greet(name):
        return "hi " + name
'''
print(textwrap.indent(textwrap.dedent(code).strip(), ">>> ", lambda l: not l.startswith(" ")))
