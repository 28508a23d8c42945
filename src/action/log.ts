import * as core from '@actions/core'
import { visible } from '../render/escape.js'

/**
 * Log lines that may contain text from configs or file names. core.info writes its message raw,
 * so a newline followed by "::error::" in a value would become a workflow command; `visible`
 * turns every control character into a printable escape first. Annotations go through core's
 * own escaping as well.
 */
export const log = {
  info: (message: string) => core.info(visible(message)),
  notice: (message: string) => core.notice(visible(message)),
  warning: (message: string) => core.warning(visible(message)),
  debug: (message: string) => core.debug(visible(message))
}
