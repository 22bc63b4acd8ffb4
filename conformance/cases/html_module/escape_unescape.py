# html.escape and html.unescape (HTML5 rules), and the html.entities tables.
import html
import html.entities

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False))
print(html.escape(''))
samples = ['&lt;p&gt;', '&amp;amp;', '&quot;&apos;', '&#60;&#x3C;&#X3c;', '&#0;&#13;&#128;&#129;&#150;',
           '&#xD800;&#x110000;&#1;&#11;&#x7f;&#xfdd0;&#xFFFF;&#x10FFFE;&#65;',
           '&notit;', '&notin;', '&not', '&nbsp', '&copy2024', '&unknown;', '&;', '& x', '&#;',
           '&#x;', 'no refs', '&AElig;&aelig;&Eacute;&eacute', '&ngE;&nGt;&bne;', '&#999999999999;',
           '&amp', '&ampx', '&zwj;&zwnj;', '&' + 'a' * 40 + ';', 'a&lt;b&gt;c&amp;d']
for s in samples:
    print(repr(s), ascii(html.unescape(s)))
print(len(html.entities.html5), len(html.entities.name2codepoint), len(html.entities.codepoint2name),
      len(html.entities.entitydefs))
print(html.entities.name2codepoint['eacute'], html.entities.codepoint2name[233],
      html.entities.entitydefs['amp'], ascii(html.entities.html5['bne;']), html.entities.html5['lt'])
print(sorted(html.entities.__all__), html.__all__)
try:
    html.escape(5)
except AttributeError as e:
    print('AttributeError', e)
try:
    html.unescape(None)
except TypeError as e:
    print('TypeError', e)
