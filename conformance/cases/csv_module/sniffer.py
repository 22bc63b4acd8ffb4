# csv.Sniffer: sniff() and has_header() over typical samples.
import csv

samples = [
    'name,age,city\nAnn,31,Oslo\nBob,42,Rome\nCy,5,Lima\n',
    'a;b;c\n1;2;3\n4;5;6\n',
    'a\tb\tc\n1\t2\t3\n',
    '"x","y"\n"1","2"\n"3","4"\n',
    "'a';'b'\n'1';'2'\n",
    'a, b, c\n1, 2, 3\n4, 5, 6\n',
    'id|"say ""hi"""|z\n1|"q"|2\n',
    'one:two:three\nfour:five:six\n',
    'Header One,Header Two\n12,34\n56,78\n',
    'title,year\nDune,1965\nEmma,1815\n',
]
s = csv.Sniffer()
print(s.preferred)
for sample in samples:
    d = s.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          d.quoting, repr(d.lineterminator), d._name, s.has_header(sample))
print(repr(s.sniff('a;b,c;d\n1;2,3;4\n', delimiters=',').delimiter))
try:
    s.sniff('abc\ndef\n')
except csv.Error as e:
    print('Error', e)
d = s.sniff(samples[0])
print(list(csv.reader(samples[0].splitlines(), d))[:2])
