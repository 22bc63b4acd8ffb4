// ast's native init (see ast_module.h).
#include "stdlib_safe/ast_module.h"

#include "stdlib_safe/frozen_modules.h"

namespace moat::stdlib {

namespace {

// CPython 3.11's public ast names but literal_eval (its `dir(ast)`): the
// parser's entry points, the visitors and helpers, the node classes, and
// the modules ast imports.
constexpr const char* kAstWithheld[] = {
    "AST", "Add", "And", "AnnAssign", "Assert", "Assign", "AsyncFor", "AsyncFunctionDef",
    "AsyncWith", "Attribute", "AugAssign", "AugLoad", "AugStore", "Await", "BinOp", "BitAnd",
    "BitOr", "BitXor", "BoolOp", "Break", "Bytes", "Call", "ClassDef", "Compare", "Constant",
    "Continue", "Del", "Delete", "Dict", "DictComp", "Div", "Ellipsis", "Eq", "ExceptHandler",
    "Expr", "Expression", "ExtSlice", "FloorDiv", "For", "FormattedValue", "FunctionDef",
    "FunctionType", "GeneratorExp", "Global", "Gt", "GtE", "If", "IfExp", "Import",
    "ImportFrom", "In", "Index", "IntEnum", "Interactive", "Invert", "Is", "IsNot",
    "JoinedStr", "LShift", "Lambda", "List", "ListComp", "Load", "Lt", "LtE", "MatMult",
    "Match", "MatchAs", "MatchClass", "MatchMapping", "MatchOr", "MatchSequence",
    "MatchSingleton", "MatchStar", "MatchValue", "Mod", "Module", "Mult", "Name",
    "NameConstant", "NamedExpr", "NodeTransformer", "NodeVisitor", "Nonlocal", "Not", "NotEq",
    "NotIn", "Num", "Or", "Param", "Pass", "Pow", "PyCF_ALLOW_TOP_LEVEL_AWAIT",
    "PyCF_ONLY_AST", "PyCF_TYPE_COMMENTS", "RShift", "Raise", "Return", "Set", "SetComp",
    "Slice", "Starred", "Store", "Str", "Sub", "Subscript", "Suite", "Try", "TryStar", "Tuple",
    "TypeIgnore", "UAdd", "USub", "UnaryOp", "While", "With", "Yield", "YieldFrom", "alias",
    "arg", "arguments", "auto", "boolop", "cmpop", "comprehension", "contextmanager",
    "copy_location", "dump", "excepthandler", "expr", "expr_context", "fix_missing_locations",
    "get_docstring", "get_source_segment", "increment_lineno", "iter_child_nodes",
    "iter_fields", "keyword", "main", "match_case", "mod", "nullcontext", "operator", "parse",
    "pattern", "slice", "stmt", "sys", "type_ignore", "unaryop", "unparse", "walk", "withitem", nullptr,
};

}  // namespace

bool InitAstModule(vm::Interp& vm, vm::ModuleObject* module) {
  module->withheld = kAstWithheld;
  return InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
