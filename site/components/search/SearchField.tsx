import { useEffect, useState } from 'react'

/**
 * The query box of a search island: its label, then the box and its button in one row. The
 * island is rendered at build time and taken over by React later: until then the box is
 * read-only, so that nothing typed into it is lost.
 */
export default function SearchField({
  id,
  label,
  name,
  onChange,
  placeholder,
  submit,
  value,
}: {
  id: string
  label: string
  /** The query parameter the box stands for. */
  name?: string
  onChange: (value: string) => void
  placeholder: string
  submit: string
  value: string
}) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          name={name}
          type="search"
          value={value}
          readOnly={!ready}
          placeholder={placeholder}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit">{submit}</button>
      </div>
    </>
  )
}
