// Where a program turns a signal into a string, a number or JSON: the uses that signals-core's
// `toString`, `valueOf` and `toJSON` serve. The script tag's parts ship signals-core without them
// (rollup.config.mjs, SIGNALS_CORE_CUTS), so such a use would read `[object Object]` there, silently.
// Preact's JSX types accept a signal wherever a value goes (`Signalish`), and a template or `String()`
// accepts anything: the compiler does not stop these, this check does.
import type ts from 'typescript'

/** A signal: `value`, `peek` and `subscribe` (Signal, ReadonlySignal and their unions). */
function isSignal(type: ts.Type): boolean {
  if (type.isUnion() || type.isIntersection()) return type.types.some(isSignal)
  return !!(type.getProperty('value') && type.getProperty('peek') && type.getProperty('subscribe'))
}

/** A signal, or an object or array holding one within `depth` levels (what JSON.stringify walks). */
function holdsSignal(checker: ts.TypeChecker, type: ts.Type, depth: number, seen = new Set<ts.Type>()): boolean {
  if (isSignal(type)) return true
  if (depth === 0 || seen.has(type) || type.getCallSignatures().length > 0) return false
  seen.add(type)
  if (type.isUnion() || type.isIntersection()) return type.types.some((t) => holdsSignal(checker, t, depth, seen))
  if (checker.isArrayType(type) || checker.isTupleType(type)) return checker.getTypeArguments(type as ts.TypeReference).some((t) => holdsSignal(checker, t, depth - 1, seen))
  if (!(type.flags & 524288 /* ts.TypeFlags.Object */)) return false
  return checker.getPropertiesOfType(type).some((p) => holdsSignal(checker, checker.getTypeOfSymbol(p), depth - 1, seen))
}

// Operators that read their operands as they are (no conversion to a primitive).
const KEEPING = new Set(['=', '==', '===', '!=', '!==', '&&', '||', '??', '&&=', '||=', '??=', ',', 'in', 'instanceof'])

/** Each place of `files` where a signal is converted: `file:line: what`. */
export function signalCoercions(tsc: typeof ts, program: ts.Program, files: readonly ts.SourceFile[]): string[] {
  const checker = program.getTypeChecker()
  const found: string[] = []
  const signal = (node: ts.Node) => isSignal(checker.getTypeAtLocation(node))
  for (const file of files) {
    const at = (node: ts.Node, what: string) => {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
      found.push(`${file.fileName}:${line + 1}: ${what}: ${node.getText(file)}`)
    }
    const visit = (node: ts.Node): void => {
      if (tsc.isTemplateSpan(node) && signal(node.expression)) at(node.expression, 'template')
      else if (tsc.isBinaryExpression(node) && !KEEPING.has(tsc.tokenToString(node.operatorToken.kind) ?? '')) {
        for (const side of [node.left, node.right]) if (signal(side)) at(side, `operand of ${node.operatorToken.getText(file)}`)
      } else if (tsc.isPrefixUnaryExpression(node) && node.operator !== tsc.SyntaxKind.ExclamationToken && signal(node.operand)) at(node.operand, 'unary operand')
      else if (tsc.isElementAccessExpression(node) && signal(node.argumentExpression)) at(node.argumentExpression, 'property key')
      else if (tsc.isCallExpression(node) || tsc.isNewExpression(node)) {
        const callee = node.expression.getText(file)
        for (const arg of node.arguments ?? []) {
          // JSON.stringify calls `toJSON` on any signal it meets, however deep.
          if (callee === 'JSON.stringify' && holdsSignal(checker, checker.getTypeAtLocation(arg), 4)) at(arg, 'JSON.stringify')
        }
        // `[a, b].join()`: each element's `toString`.
        if (tsc.isPropertyAccessExpression(node.expression) && /^(join|toString|toLocaleString)$/.test(node.expression.name.text)) {
          const receiver = checker.getTypeAtLocation(node.expression.expression)
          if (checker.isArrayType(receiver) && checker.getTypeArguments(receiver as ts.TypeReference).some(isSignal)) at(node.expression, 'array of signals joined')
          else if (signal(node.expression.expression)) at(node.expression, 'signal method')
        }
      } else if (tsc.isJsxExpression(node) && node.expression && (tsc.isJsxElement(node.parent) || tsc.isJsxFragment(node.parent)) && signal(node.expression)) at(node.expression, 'JSX child')
      else if (tsc.isJsxAttribute(node) && node.initializer && tsc.isJsxExpression(node.initializer) && node.initializer.expression) {
        // An element's attribute: Preact writes the value as it is, `String(value)` for the DOM.
        const tag = node.parent.parent.tagName.getText(file)
        if (/^[a-z]/.test(tag) && signal(node.initializer.expression)) at(node.initializer.expression, `attribute of <${tag}>`)
      } else if (tsc.isJsxSpreadAttribute(node)) {
        const tag = node.parent.parent.tagName.getText(file)
        if (/^[a-z]/.test(tag) && checker.getPropertiesOfType(checker.getTypeAtLocation(node.expression)).some((p) => isSignal(checker.getTypeOfSymbol(p)))) at(node.expression, `spread attributes of <${tag}>`)
      }
      // A signal handed where any value goes (`String()`, `unknown` fields, an error's details…) or where
      // a union lets it in beside other values: whoever reads it there may convert it.
      if (tsc.isExpression(node) && !tsc.isPropertyAccessExpression(node.parent) && !tsc.isParenthesizedExpression(node.parent) && !tsc.isJsxAttribute(node.parent) && signal(node)) {
        // Inside object and array literals, the type the outermost literal goes to.
        let outer: ts.Node = node
        while (tsc.isPropertyAssignment(outer.parent) || tsc.isShorthandPropertyAssignment(outer.parent) || tsc.isObjectLiteralExpression(outer.parent) || tsc.isArrayLiteralExpression(outer.parent) || tsc.isSpreadElement(outer.parent) || tsc.isSpreadAssignment(outer.parent)) outer = outer.parent
        // A hook's dependencies, which Preact compares with `!==`.
        const deps = tsc.isArrayLiteralExpression(outer) && tsc.isCallExpression(outer.parent) && /^use(Effect|LayoutEffect|Memo|Callback)$/.test(outer.parent.expression.getText(file)) && outer.parent.arguments[1] === outer
        const wanted = deps ? undefined : (checker.getContextualType(node) ?? (outer !== node && tsc.isExpression(outer) ? checker.getContextualType(outer) : undefined))
        const loose = (t: ts.Type) => !!(t.flags & (1 | 2)) /* Any | Unknown */ || (t.isUnion() && t.types.some((u) => !isSignal(u) && !(u.flags & (32768 | 65536)) /* Undefined | Null */))
        if (wanted && loose(wanted)) at(node, 'handed to any value')
      }
      tsc.forEachChild(node, visit)
    }
    visit(file)
  }
  return found
}
