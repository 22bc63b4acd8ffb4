# The re module functions are Python functions in CPython: a wrong call gets
# the texts of a Python function call, not of a C function.
import re
try:
    print(repr(re.sub('a', 'b')))
except TypeError as e:
    print("re.sub('a', 'b')", e)
try:
    print(repr(re.sub('a')))
except TypeError as e:
    print("re.sub('a')", e)
try:
    print(repr(re.sub()))
except TypeError as e:
    print('re.sub()', e)
try:
    print(repr(re.sub('a', 'b', 'c', 1, 0, 5)))
except TypeError as e:
    print("re.sub('a', 'b', 'c', 1, 0, 5)", e)
try:
    print(repr(re.sub('a', 'b', 'c', count=1, flags=0, x=1)))
except TypeError as e:
    print("re.sub('a', 'b', 'c', count=1, flags=0, x=1)", e)
try:
    print(repr(re.sub('a', 'b', 'c', pattern='x')))
except TypeError as e:
    print("re.sub('a', 'b', 'c', pattern='x')", e)
try:
    print(repr(re.sub(pattern='a', repl='b', string='aa')))
except TypeError as e:
    print("re.sub(pattern='a', repl='b', string='aa')", e)
try:
    print(repr(re.compile()))
except TypeError as e:
    print('re.compile()', e)
try:
    print(repr(re.compile('a', 0, 1)))
except TypeError as e:
    print("re.compile('a', 0, 1)", e)
try:
    print(repr(re.compile(p='a')))
except TypeError as e:
    print("re.compile(p='a')", e)
try:
    print(repr(re.search('a')))
except TypeError as e:
    print("re.search('a')", e)
try:
    print(repr(re.search(string='a')))
except TypeError as e:
    print("re.search(string='a')", e)
try:
    print(repr(re.match()))
except TypeError as e:
    print('re.match()', e)
try:
    print(repr(re.fullmatch('a', 'a', 0, 1)))
except TypeError as e:
    print("re.fullmatch('a', 'a', 0, 1)", e)
try:
    print(repr(re.findall('a')))
except TypeError as e:
    print("re.findall('a')", e)
try:
    print(repr(re.finditer(pattern='a')))
except TypeError as e:
    print("re.finditer(pattern='a')", e)
try:
    print(repr(re.split('a')))
except TypeError as e:
    print("re.split('a')", e)
try:
    print(repr(re.split('a', 'b', 1, 0, 2)))
except TypeError as e:
    print("re.split('a', 'b', 1, 0, 2)", e)
try:
    print(repr(re.escape()))
except TypeError as e:
    print('re.escape()', e)
try:
    print(repr(re.escape('a', 'b')))
except TypeError as e:
    print("re.escape('a', 'b')", e)
try:
    print(repr(re.escape(pattern='a.b')))
except TypeError as e:
    print("re.escape(pattern='a.b')", e)
try:
    print(repr(re.purge(1)))
except TypeError as e:
    print('re.purge(1)', e)
try:
    print(repr(re.purge(x=1)))
except TypeError as e:
    print('re.purge(x=1)', e)
try:
    print(repr(re.subn('a', 'b')))
except TypeError as e:
    print("re.subn('a', 'b')", e)
try:
    print(repr(re.split('a', 'b', maxsplit=1, string='x')))
except TypeError as e:
    print("re.split('a', 'b', maxsplit=1, string='x')", e)
try:
    print(repr(re.compile('a', flags=0, pattern='b')))
except TypeError as e:
    print("re.compile('a', flags=0, pattern='b')", e)
try:
    print(repr(re.match('a', 'a', 0, 1, 2)))
except TypeError as e:
    print("re.match('a', 'a', 0, 1, 2)", e)
try:
    print(repr(re.sub('a', 'b', 'c', 1, 2, 3, x=1)))
except TypeError as e:
    print("re.sub('a', 'b', 'c', 1, 2, 3, x=1)", e)
