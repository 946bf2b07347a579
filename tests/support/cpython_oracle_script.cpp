#include "tests/support/cpython_oracle_script.hpp"

namespace pyprior::test_support {

const char* const kCPythonOracleScript = R"PYTHON(
import ast
import sys

MAX_BITS = 4096


class Abandoned(Exception):
    """A call stopped by the oracle's bounds: not an objection."""


def guarded_lshift(x, y):
    if y > MAX_BITS:
        raise Abandoned
    return x << y


class GuardShifts(ast.NodeTransformer):
    """Rewrites x << y and d <<= y into calls of guarded_lshift."""

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.LShift):
            return ast.Call(ast.Name('guarded_lshift', ast.Load()), [node.left, node.right], [])
        return node

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.LShift):
            load = ast.Name(node.target.id, ast.Load())
            call = ast.Call(ast.Name('guarded_lshift', ast.Load()), [load, node.value], [])
            return ast.Assign([node.target], call)
        return node


def bounded_call(function, args, max_lines):
    lines = 0

    def tracer(frame, event, arg):
        nonlocal lines
        if event == 'line':
            lines += 1
            if lines > max_lines:
                raise Abandoned
            for value in frame.f_locals.values():
                if type(value) is int and value.bit_length() > MAX_BITS:
                    raise Abandoned
        return tracer

    sys.settrace(tracer)
    try:
        function(*args)
    finally:
        sys.settrace(None)


def allowed(error):
    if isinstance(error, (Abandoned, ZeroDivisionError, OverflowError)):
        return True
    return isinstance(error, ValueError) and str(error) == 'negative shift count'


def objection(source, calls, max_lines):
    try:
        compile(source, '<pyprior>', 'exec')
    except SyntaxError as error:
        return f'SyntaxError: {error}'
    tree = ast.fix_missing_locations(GuardShifts().visit(ast.parse(source)))
    code = compile(tree, '<pyprior>', 'exec')
    for args in calls:
        namespace = {'__name__': 'pyprior_program', 'guarded_lshift': guarded_lshift}
        exec(code, namespace)
        try:
            bounded_call(namespace['func'], args, max_lines)
        except Exception as error:
            if not allowed(error):
                return f'{type(error).__name__}: {error} (func{tuple(args)})'
    return ''


BINARY = {ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.FloorDiv: '//', ast.Mod: '%', ast.BitAnd: '&',
          ast.BitOr: '|', ast.BitXor: '^', ast.LShift: '<<', ast.RShift: '>>'}
COMPARE = {ast.Lt: '<', ast.LtE: '<=', ast.Gt: '>', ast.GtE: '>=', ast.Eq: '==', ast.NotEq: '!='}
UNARY = {ast.USub: 'neg', ast.Invert: '~', ast.Not: 'not'}
BOOL = {ast.And: 'and', ast.Or: 'or'}
BUILTINS = {'abs': 1, 'min': 2, 'max': 2}


class OutsideLanguage(Exception):
    pass


def unexpected(node):
    raise OutsideLanguage(ast.dump(node))


def expression(node, out):
    kind = type(node)
    if kind is ast.Constant and type(node.value) is int:
        out.append(str(node.value))
    elif kind is ast.Name:
        out.append(node.id)
    elif kind is ast.BinOp:
        out.append(BINARY[type(node.op)])
        expression(node.left, out)
        expression(node.right, out)
    elif kind is ast.UnaryOp:
        out.append(UNARY[type(node.op)])
        expression(node.operand, out)
    elif kind is ast.BoolOp and len(node.values) == 2:
        out.append(BOOL[type(node.op)])
        for value in node.values:
            expression(value, out)
    elif kind is ast.Compare and len(node.ops) == 1:
        out.append(COMPARE[type(node.ops[0])])
        expression(node.left, out)
        expression(node.comparators[0], out)
    elif kind is ast.Compare and len(node.ops) == 2:
        out += ['chain'] + [COMPARE[type(op)] for op in node.ops]
        for operand in [node.left] + node.comparators:
            expression(operand, out)
    elif kind is ast.IfExp:
        out.append('ifexp')
        for part in (node.test, node.body, node.orelse):
            expression(part, out)
    elif (kind is ast.Call and type(node.func) is ast.Name and BUILTINS.get(node.func.id) == len(node.args)
          and not node.keywords):
        out.append(node.func.id)
        for argument in node.args:
            expression(argument, out)
    else:
        unexpected(node)


def name(node):
    return node.id if type(node) is ast.Name else unexpected(node)


def block(statements, out):
    for node in statements:
        statement(node, out)
    out.append('<end>')


def statement(node, out):
    kind = type(node)
    if kind is ast.Assign and len(node.targets) == 1:
        out += ['assign', name(node.targets[0])]
        expression(node.value, out)
    elif kind is ast.AugAssign:
        out += ['augassign', name(node.target), BINARY[type(node.op)]]
        expression(node.value, out)
    elif kind is ast.If:
        out.append('if_else' if node.orelse else 'if')
        expression(node.test, out)
        block(node.body, out)
        if node.orelse:
            block(node.orelse, out)
    elif kind is ast.Return:
        out.append('return_none' if node.value is None else 'return')
        if node.value is not None:
            expression(node.value, out)
    elif (kind is ast.For and not node.orelse and type(node.iter) is ast.Call and type(node.iter.func) is ast.Name
          and node.iter.func.id == 'range' and len(node.iter.args) == 1 and not node.iter.keywords):
        out += ['for', name(node.target)]
        expression(node.iter.args[0], out)
        block(node.body, out)
    elif kind is ast.While and not node.orelse:
        out.append('while')
        expression(node.test, out)
        block(node.body, out)
    elif kind is ast.Break:
        out.append('break')
    elif kind is ast.Continue:
        out.append('continue')
    else:
        unexpected(node)


def function(node, out):
    if type(node) is not ast.FunctionDef or node.name != 'func' or node.decorator_list:
        unexpected(node)
    out.append(f'def/{len(node.args.args)}')
    block(node.body, out)


def preorder(source, start):
    out = []
    if start == 'expr':
        expression(ast.parse(source, mode='eval').body, out)
        return out
    body = ast.parse(source).body
    if start == 'block':
        block(body, out)
    elif start == 'function' and len(body) == 1:
        function(body[0], out)
    elif start == 'module':
        for node in body:
            function(node, out)
        out.append('<end_module>')
    else:
        raise OutsideLanguage(f'{len(body)} top-level statements for start {start}')
    return out
)PYTHON";

}  // namespace pyprior::test_support
