# shlex.split, quote and join in POSIX and compatibility modes, with comments.
import shlex

cases = ['a b c', 'a "b c" d', "a 'b c' d", 'a\\ b', 'a#b c # comment', '"a\\"b"', "'a\\'",
         'x="1 2"y', '', '  ', 'a "" b', 'echo $HOME "\\$x" "\\\\" "\\q"', 'a&&b||c;d',
         'tab\there\nnew line', "mixed'single'\"double\"", '\xe9t\xe9 caf\xe9', '"#not comment" # yes']
for s in cases:
    for kw in [{}, {'comments': True}, {'posix': False}]:
        print(repr(s), kw, shlex.split(s, **kw))
for s in ['a\\', '"open', "'open", 'a "b\\']:
    for posix in (True, False):
        try:
            print(repr(s), posix, shlex.split(s, posix=posix))
        except ValueError as e:
            print(repr(s), posix, 'ValueError', e)
for s in ['', 'abc', 'a b', "it's", '@%+=:,./-_', '$x', 'caf\xe9', 'a\nb', '*']:
    print(repr(s), shlex.quote(s))
args = ['ls', '-l', 'my file', "it's", '', '$HOME']
print(shlex.join(args), shlex.split(shlex.join(args)) == args)
