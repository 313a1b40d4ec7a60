import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Message } from "./useAction";

/**
 * The outcome of the last action, announced to screen readers: an error as an alert, anything else
 * as a status. With `onDismiss`, the user can close it.
 */
export function Status({ message, onDismiss, dismissLabel }: { message: Message | null; onDismiss?: () => void; dismissLabel?: string }) {
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{message.text}</MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {dismissLabel ?? "×"}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
