# An exception whose __str__ formats another such exception with the
# traceback module: moat's TracebackException took str() once when made and
# again when formatted, so each level ran two more, and the recursion took
# 2**depth calls (the run never ended before the time limit). CPython takes
# the message once; so must moat, and the recursion ends in RecursionError
# caught by format_exception's "<exception str() failed>".
import traceback

calls = 0


class Counted(Exception):
    def __str__(self):
        global calls
        calls += 1
        if calls > 3:
            raise ValueError('enough')
        return ''.join(traceback.format_exception(Counted()))


print(repr(str(Counted())), calls)
calls = 3
print(traceback.format_exception_only(Counted, Counted()), calls)
report = traceback.TracebackException(Counted, Counted(), None)
calls = 0
print(''.join(report.format()).count('Counted:'), ''.join(report.format_exception_only()).count(':'), calls)


class Endless(Exception):
    def __str__(self):
        return ''.join(traceback.format_exception(Endless()))


text = str(Endless())
print(text.startswith('Endless: Endless: '), text.count('<exception str() failed>'))
# expect-output: 'Counted: Counted: Counted: <exception str() failed>\n\n\n' 4
# expect-output: ['Counted: <exception str() failed>\n'] 4
# expect-output: 1 1 0
# expect-output: True 1
