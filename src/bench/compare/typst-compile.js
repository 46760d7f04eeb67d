// One Typst compile of seed.typ to PDF in this process, as the CLI would: the whole process is timed.
// usage: node typst-compile.js SEED.typ FONT_DIR OUT.pdf   (NODE_PATH names the installed compiler)
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const [src, fonts, out] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: path.dirname(path.resolve(src)), fontArgs: [{ fontPaths: [path.resolve(fonts)] }] });
const pdf = compiler.pdf({ mainFileContent: fs.readFileSync(src, 'utf8') });
fs.writeFileSync(out, pdf);
