import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  fieldClassNames,
  inputClassNames,
  makeStyles,
  selectClassNames,
  textareaClassNames,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { Suspense, useState } from "react";
import type { Language } from "../../core";
import type { WorkbookGateway } from "../gateway/types";
import { stringsFor } from "./i18n";
import { PANELS } from "./panels";

// Excel's task pane can be as narrow as 320 px: nothing in it may be wider than the pane, so a
// field shrinks to the pane (a list shows its chosen text cut short, never pushes the pane wider).
const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    [`& .${fieldClassNames.root}`]: { gridTemplateColumns: "minmax(0, 1fr)", maxWidth: "100%", minWidth: 0 },
    [`& .${selectClassNames.root}, & .${inputClassNames.root}, & .${textareaClassNames.root}`]: { maxWidth: "100%", minWidth: 0 },
    [`& .${selectClassNames.select}`]: { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
    [`& .${inputClassNames.input}`]: { minWidth: 0 },
  },
  // in a narrow task pane the tabs go on to a second line rather than off the edge
  tabs: { flexWrap: "wrap" },
});

export function App({ gateway, language }: { gateway: WorkbookGateway; language: Language }) {
  const styles = useStyles();
  const t = stringsFor(language);
  const [panel, setPanel] = useState(PANELS[0].id);
  // a panel is mounted when its tab is first opened, and stays mounted
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([PANELS[0].id]));
  const open = (id: string) => {
    setPanel(id);
    setOpened((before) => (before.has(id) ? before : new Set([...before, id])));
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root} lang={language}>
        <TabList className={styles.tabs} selectedValue={panel} onTabSelect={(_, d) => open(String(d.value))}>
          {PANELS.map(({ id, tab }) => (
            <Tab key={id} value={id} data-testid={`tab-${id}`}>
              {tab(t)}
            </Tab>
          ))}
        </TabList>
        {/* once opened, a panel stays mounted, so switching tabs keeps what the user chose */}
        {PANELS.filter(({ id }) => opened.has(id)).map(({ id, Component }) => (
          <div key={id} hidden={panel !== id}>
            <Suspense fallback={<Spinner size="small" label={t.loading} />}>
              <Component gateway={gateway} strings={t} language={language} />
            </Suspense>
          </div>
        ))}
      </div>
    </FluentProvider>
  );
}
